/** xhr2 ships no types: it is XMLHttpRequest for Node, which DirectLineJS's Ajax needs there. */
declare module 'xhr2' {
  const XMLHttpRequest: new () => unknown;
  export default XMLHttpRequest;
}
