import { OnceOnly } from '../../nodes/core/onceOnly';

test('a node run keeps every call it sent, however many, while other runs come and go', () => {
	const memory = new OnceOnly(100);
	const end = memory.begin('run-a');
	for (let i = 0; i < 500; i++) expect(memory.claim('run-a', `call ${i}`).fresh).toBe(true);
	end();
	// The retry: every call of the first try is refused, the first one included.
	expect(memory.claim('run-a', 'call 0').fresh).toBe(false);
	expect(memory.claim('run-a', 'call 499').fresh).toBe(false);
});

test('memory dropped for a run that may still retry: the retry refuses to send, even calls it never made (fail closed)', () => {
	const memory = new OnceOnly(100);
	memory.begin('run-a');
	expect(memory.claim('run-a', 'call 0').fresh).toBe(true);
	// Another run fills the memory past its cap: run-a, the least recently used, is dropped.
	memory.begin('run-b');
	for (let i = 0; i < 150; i++) memory.claim('run-b', `call ${i}`);
	expect(memory.size).toBeLessThanOrEqual(150);
	expect(memory.claim('run-a', 'call 0')).toMatchObject({ fresh: false, forgotten: true });
	expect(memory.claim('run-a', 'call 1')).toMatchObject({ fresh: false, forgotten: true });
	// The run that is using the memory keeps all of its own calls.
	expect(memory.claim('run-b', 'call 0').fresh).toBe(false);
});

test('a run idle far longer than n8n waits between tries is forgotten; a run still trying is not', () => {
	let now = 0;
	const memory = new OnceOnly(1000, 60000, () => now);
	const endA = memory.begin('run-a');
	memory.claim('run-a', 'x');
	endA();
	memory.begin('run-long');
	memory.claim('run-long', 'y');
	now = 120000;
	memory.claim('run-c', 'z');
	expect(memory.size).toBe(2);
	expect(memory.claim('run-long', 'y').fresh).toBe(false);
});

test('a call released (surely not applied) may be sent by the next try', () => {
	const memory = new OnceOnly(10);
	const claim = memory.claim('run-a', 'x');
	claim.release();
	expect(memory.claim('run-a', 'x').fresh).toBe(true);
});
