/**
 * Imported first by `npm start` and `npm run talk`: hides the AWS SDK's notice that its future
 * versions will need Node 22 (harmless for the local stack, and noise in a transcript); every other
 * process warning is still printed.
 */
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (warning.message.startsWith('NodeVersionSupportWarning')) return;
  process.stderr.write(`${warning.name}: ${warning.message}\n`);
});
