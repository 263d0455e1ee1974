// Tests: test/core/ (fast unit tests of the kernel, fake timers), test/<vendor>/ (one file per
// resource, through n8n-core's engine against the vendor's fake), test/*.test.* (vendor-neutral:
// the fault matrix and request counts over every registered operation, examples).
module.exports = {
	// Node, with console output held per test and printed only for failures (see the file).
	testEnvironment: '<rootDir>/test/helpers/quiet-environment.js',
	testMatch: ['<rootDir>/test/**/*.test.{js,ts}'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }] }, // isolatedModules (transpile only) is set there
	// Generous: a test that only waits for real work must not fail because the machine is busy.
	testTimeout: 180000,
	maxWorkers: 2,
	reporters: ['default', '<rootDir>/test/helpers/summary-reporter.js'],
};
