/**
 * Writes the new-resource-group variant from the existing-group template, so the resources are
 * defined once: a subscription-scope deployment that creates the group and deploys the same
 * template into it (inner scope, parameters passed through). Into the existing-group template it
 * writes what has its source elsewhere: the workbook (workbook/*.workbook.json, kept readable
 * there) and the Node stack from .node-version. Run: npm run templates
 */
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const WITH_RG = join(__dirname, 'deployUseExistingResourceGroup', 'template-BotApp-with-rg.json');
const NEW_RG = join(__dirname, 'deployWithNewResourceGroup', 'template-BotApp-new-rg.json');
const WORKBOOK = join(__dirname, 'workbook', 'triage-outcomes.workbook.json');
const NODE_VERSION = join(__dirname, '..', '.node-version');

/** The existing-group template with the workbook's queries and the pinned Node's App Service stack. */
function withSources(template) {
  const major = readFileSync(NODE_VERSION, 'utf8').trim().split('.')[0];
  const resources = template.resources.map((r) => {
    if (r.type === 'Microsoft.Insights/workbooks') {
      return { ...r, properties: { ...r.properties, serializedData: JSON.stringify(JSON.parse(readFileSync(WORKBOOK, 'utf8'))) } };
    }
    if (r.type === 'Microsoft.Web/sites') {
      return { ...r, properties: { ...r.properties, siteConfig: { ...r.properties.siteConfig, linuxFxVersion: `NODE|${major}-lts` } } };
    }
    return r;
  });
  return { ...template, resources };
}

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
              ? {
                  botName: {
                    value:
                      "[if(empty(parameters('botName')), format('smtp25-triage-{0}', uniqueString(subscription().id, parameters('groupName'))), parameters('botName'))]",
                  },
                }
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

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

function renderWithRg() {
  return json(withSources(JSON.parse(readFileSync(WITH_RG, 'utf8'))));
}

function render() {
  return json(buildNewResourceGroupTemplate(JSON.parse(renderWithRg())));
}

module.exports = { render, renderWithRg, NEW_RG, WITH_RG, WORKBOOK };

if (require.main === module) {
  writeFileSync(WITH_RG, renderWithRg());
  writeFileSync(NEW_RG, render());
}
