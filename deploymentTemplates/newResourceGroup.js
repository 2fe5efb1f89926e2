/**
 * Writes the new-resource-group variant from the existing-group template, so the resources are
 * defined once: a subscription-scope deployment that creates the group and deploys the same
 * template into it (inner scope, parameters passed through). Run: npm run templates
 */
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const WITH_RG = join(__dirname, 'deployUseExistingResourceGroup', 'template-BotApp-with-rg.json');
const NEW_RG = join(__dirname, 'deployWithNewResourceGroup', 'template-BotApp-new-rg.json');

function buildNewResourceGroupTemplate(inner) {
  const passed = Object.fromEntries(
    Object.keys(inner.parameters)
      .filter((name) => name !== 'location')
      .map((name) => [name, { value: `[parameters('${name}')]` }]),
  );
  const outerParameters = Object.fromEntries(
    Object.entries(inner.parameters)
      .filter(([name]) => name !== 'location')
      // Defaults that call resourceGroup() cannot be evaluated at subscription scope: the inner template keeps them.
      .map(([name, p]) => [name, String(p.defaultValue).includes('resourceGroup()') ? { ...p, defaultValue: '' } : p]),
  );
  const blankBotName = outerParameters.botName.defaultValue === '';
  return {
    $schema: 'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    metadata: { description: `${inner.metadata.description} Creates the resource group first.` },
    parameters: {
      groupName: { type: 'string', metadata: { description: 'Name of the new resource group.' } },
      groupLocation: { type: 'string', metadata: { description: 'Region of the resource group and its resources.' } },
      ...outerParameters,
    },
    resources: [
      {
        type: 'Microsoft.Resources/resourceGroups',
        apiVersion: '2024-03-01',
        name: "[parameters('groupName')]",
        location: "[parameters('groupLocation')]",
      },
      {
        type: 'Microsoft.Resources/deployments',
        apiVersion: '2024-03-01',
        name: 'smtp25-triage-bot',
        resourceGroup: "[parameters('groupName')]",
        dependsOn: ["[subscriptionResourceId('Microsoft.Resources/resourceGroups', parameters('groupName'))]"],
        properties: {
          mode: 'Incremental',
          expressionEvaluationOptions: { scope: 'inner' },
          parameters: {
            ...passed,
            ...(blankBotName
              ? { botName: { value: "[if(empty(parameters('botName')), format('smtp25-triage-{0}', uniqueString(subscription().id, parameters('groupName'))), parameters('botName'))]" } }
              : {}),
            location: { value: "[parameters('groupLocation')]" },
          },
          template: inner,
        },
      },
    ],
    outputs: Object.fromEntries(
      Object.entries(inner.outputs).map(([name, o]) => [
        name,
        { type: o.type, value: `[reference('smtp25-triage-bot').outputs.${name}.value]` },
      ]),
    ),
  };
}

function render() {
  const inner = JSON.parse(readFileSync(WITH_RG, 'utf8'));
  return `${JSON.stringify(buildNewResourceGroupTemplate(inner), null, 2)}\n`;
}

module.exports = { render, NEW_RG, WITH_RG };

if (require.main === module) writeFileSync(NEW_RG, render());
