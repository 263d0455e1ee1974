// n8n loads this package through the "n8n" section of package.json (the built files in dist/);
// this entry point exists so `require('n8n-nodes-meeting-admin')` resolves.
module.exports = {};
