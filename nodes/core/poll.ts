import type { IPollFunctions } from 'n8n-workflow';

/**
 * Polls running now, per workflow and node. n8n starts a poll on every tick of its schedule even
 * while the previous one still runs (n8n-core's TriggersAndPollers only counts the overlap), and two
 * polls diffing the same memory would emit the same event twice: a tick whose previous poll is still
 * running is skipped (the next one catches up, since each poll diffs against the stored state).
 */
const running = new Set<string>();

/**
 * Runs one poll alone, on a fresh object over n8n's context: n8n keeps one PollContext for the whole
 * activation, and the kernel's run state (the credential read once, the secrets to scrub) is per
 * context object, so each poll reads the credential as it is now.
 */
export async function exclusivePoll<T>(
	ctx: IPollFunctions,
	label: string,
	poll: (fresh: IPollFunctions) => Promise<T | null>,
): Promise<T | null> {
	const key = `${ctx.getWorkflow().id ?? ''}|${ctx.getNode().id}`;
	if (running.has(key)) {
		ctx.logger.warn(`${label}: the previous poll is still running, so this one is skipped`);
		return null;
	}
	running.add(key);
	try {
		return await poll(Object.create(ctx) as IPollFunctions);
	} finally {
		running.delete(key);
	}
}
