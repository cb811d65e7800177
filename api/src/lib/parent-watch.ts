/**
 * Calls `stop` once when the parent process goes away, if the parent started this process
 * with an IPC channel (`stdio: [..., 'ipc']`), as `npm start` does. The channel closes however
 * the parent ends, SIGKILL included, so no API or worker outlives its start script. A parent
 * that is gone already, during this process's start, gets `stop` called at once. Returns
 * whether there is a parent to watch: processes started without a channel are left alone.
 */
export function stopWhenParentExits(stop: () => void): boolean {
  if (!process.send) {
    return false;
  }
  if (!process.connected) {
    stop();
    return true;
  }

  process.once('disconnect', stop);
  // A 'disconnect' listener makes the channel keep the event loop alive. Unreferenced, it lets
  // the process exit once a clean stop has closed everything else.
  process.channel?.unref();
  return true;
}
