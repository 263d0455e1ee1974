'use strict';
// Jest's node environment, quiet on success. Many tests provoke errors on purpose, and n8n's
// logger (winston, through the console) reports each one: hundreds of lines that read like
// failures. Here console output is kept only for tests that fail (under "● Console" as usual,
// after a line naming the test); what is logged outside tests (beforeAll, afterAll, late async
// logs) is kept only when a hook failed. JEST_CONSOLE=all keeps everything, as jest does.
const { TestEnvironment } = require('jest-environment-node');

class QuietEnvironment extends TestEnvironment {
	constructor(config, context) {
		super(config, context);
		this.console = process.env.JEST_CONSOLE === 'all' ? undefined : context.console;
		this.hookFailed = false;
		if (!this.console) return;
		// Several files in workers: jest collects a file's console calls in a buffer and prints it
		// after the file. Winston holds bound console methods, so filter the buffer, not the calls.
		if (Array.isArray(this.console._buffer) && typeof this.console.getBuffer === 'function')
			this.filterBuffer();
		else this.holdStreams();
	}

	filterBuffer() {
		const console = this.console;
		const kept = new Set();
		const all = console.getBuffer.bind(console);
		console.getBuffer = () => {
			const entries = all() ?? [];
			const out = this.hookFailed ? entries : entries.filter((e) => kept.has(e));
			return out.length ? out : undefined;
		};
		this.onTestStart = () => console._buffer.length;
		this.onTestDone = (start, failed, name) => {
			if (!failed || console._buffer.length === start) return;
			console.log(`console output of the failing test "${name}":`);
			console._buffer.splice(start, 0, console._buffer.pop());
			console._buffer.slice(start).forEach((e) => kept.add(e));
		};
	}

	/**
	 * One file in band: jest's console prints as it goes, and winston writes to the console's
	 * stream directly; so hold what reaches the console's streams per test instead.
	 */
	holdStreams() {
		const console = this.console;
		let held = [];
		let replaying = false;
		for (const name of ['_stdout', '_stderr']) {
			const real = console[name];
			if (!real || typeof real.write !== 'function') continue;
			const stream = Object.create(real);
			stream.write = (chunk, ...rest) =>
				replaying ? real.write(chunk, ...rest) : (held.push([real, chunk]), true);
			console[name] = stream;
		}
		this.onTestStart = () => (held = []);
		this.onTestDone = (_start, failed, name) => {
			if (failed && held.length) {
				replaying = true;
				console.log(`console output of the failing test "${name}":`);
				for (const [real, chunk] of held) real.write(chunk);
				replaying = false;
			}
			held = [];
		};
	}

	async handleTestEvent(event, state) {
		if (super.handleTestEvent) await super.handleTestEvent(event, state);
		if (!this.console) return;
		if (event.name === 'test_start') this.start = this.onTestStart();
		else if (event.name === 'test_done')
			this.onTestDone(this.start, event.test.errors.length > 0, fullName(event.test));
		else if (event.name === 'hook_failure') this.hookFailed = true;
	}
}

function fullName(test) {
	const names = [test.name];
	for (let block = test.parent; block && block.name !== 'ROOT_DESCRIBE_BLOCK'; block = block.parent)
		names.unshift(block.name);
	return names.join(' › ');
}

module.exports = QuietEnvironment;
