// What the scripts share: the credential Azure's clients are given (a TokenCredential returning the test's token), the
// endpoint, and running one operation: node <script> <operation> '<arguments as JSON>' prints what the client handed back
// (the deserialised result, or the error as the client raises it) as one JSON document.
const endpoint = process.env.RVI_ENDPOINT;
const token = process.env.RVI_TOKEN;
const credential = { getToken: async () => ({ token, expiresOnTimestamp: Date.now() + 3600 * 1000 }) };

async function all(iterator) {
  const out = [];
  for await (const item of iterator) {
    out.push(item);
  }
  return out;
}

async function operate(operations) {
  const [name, args] = process.argv.slice(2);
  const operation = operations[name];
  if (!operation) {
    throw new Error("no operation " + name);
  }
  try {
    const result = await operation(JSON.parse(args || "{}"));
    process.stdout.write(JSON.stringify({ result: result === undefined ? null : result }));
  } catch (e) {
    process.stdout.write(JSON.stringify({ error: { statusCode: e.statusCode, code: e.code, message: e.message,
      details: e.details || null } }));
  }
}

function run(operations) {
  operate(operations).catch((e) => {
    process.stderr.write(String(e && e.stack || e));
    process.exit(1);
  });
}

module.exports = { endpoint, credential, all, run };
