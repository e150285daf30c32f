// OpenFeature's own OFREP providers for JavaScript against the example service: the server provider asks the
// single endpoint for each flag, the web provider the bulk endpoint once. Prints one JSON line of answers.
// Usage: node ofrep-client.mjs <baseUrl> <access token, or - for none> <organization> <flag>...
// TARGETING_KEY in the environment puts a targetingKey into the context (the service must refuse another user's).
import { OpenFeature as ServerFeatures } from '@openfeature/server-sdk';
import { OFREPProvider } from '@openfeature/ofrep-provider';
import { OpenFeature as WebFeatures } from '@openfeature/web-sdk';
import { OFREPWebProvider } from '@openfeature/ofrep-web-provider';

const [baseUrl, token, organization, ...keys] = process.argv.slice(2);
const headers = token === '-' ? [] : [['Authorization', `Bearer ${token}`]];
const context = { organization, ...(process.env.TARGETING_KEY ? { targetingKey: process.env.TARGETING_KEY } : {}) };
const answer = (details) => ({ value: details.value, reason: details.reason ?? null, errorCode: details.errorCode ?? null });

await ServerFeatures.setProviderAndWait(new OFREPProvider({ baseUrl, headers }));
const server = ServerFeatures.getClient();
const single = {};
for (const key of keys) {
  single[key] = answer(await server.getBooleanDetails(key, false, context));
}

let bulkError = null;
await WebFeatures.setContext(context);
try {
  await WebFeatures.setProviderAndWait(new OFREPWebProvider({
    baseUrl, headers, pollInterval: 0, changeDetection: 'none', cacheMode: 'disabled', disableVisibilityRefresh: true,
  }));
} catch (error) {
  bulkError = String(error?.code ?? error?.message ?? error);
}
const web = WebFeatures.getClient();
const bulk = {};
for (const key of keys) {
  bulk[key] = answer(web.getBooleanDetails(key, false));
}

console.log(JSON.stringify({ single, bulk, bulkError }));
await ServerFeatures.close();
await WebFeatures.close();
