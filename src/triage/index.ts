/** The core's only door: everything outside src/triage imports from here (lint enforces it). */
export * from './commands';
export * from './description';
export { currentValue } from './facts';
export * from './ids';
export * from './network';
export * from './networkFacts';
export * from './nextQuestion';
export * from './possibilities';
export * from './questions';
export * from './reader';
export * from './reading';
export * from './result';
export * from './say';
export { ownFacts } from './senders';
export * from './session';
export * from './step';
export * from './text';
export * from './traces';
