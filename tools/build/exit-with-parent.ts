/**
 * Loaded into every build step the local publisher runs (`node --import` this file): a child
 * started with an IPC channel exits as soon as the channel closes, which is when its parent ends –
 * also when the parent is killed outright and never gets to stop it. So no Astro build or print
 * job outlives the server that asked for it; Playwright closes its Chromium when the process exits.
 * Without an IPC channel (a step run from a shell) it does nothing.
 */
if (process.channel) {
  process.once('disconnect', () => process.exit(1));
  // The channel alone must not keep a finished step alive.
  process.channel.unref();
}
