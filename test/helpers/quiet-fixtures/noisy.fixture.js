// Run by test/quiet-environment.test.js: console output of passing and failing tests, and
// n8n's winston logger, which holds bound console methods.
const from = { paths: [require('node:path').dirname(require.resolve('n8n-core'))] };
const { Container } = require(require.resolve('@n8n/di', from));
const { Logger } = require(require.resolve('@n8n/backend-common', from));

beforeAll(() => console.log('OUTSIDE-TESTS'));
test('passes', () => {
	console.log('PASSING-LOG');
	Container.get(Logger).warn('PASSING-WINSTON');
});
describe('block', () => {
	test('fails', () => {
		console.error('FAILING-LOG');
		Container.get(Logger).warn('FAILING-WINSTON');
		expect(1).toBe(2);
	});
});
