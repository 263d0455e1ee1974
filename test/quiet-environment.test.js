'use strict';
// The jest environment keeps console output only for failing tests (test/helpers/quiet-environment.js),
// both when jest runs one file in band (prints as it goes) and files in workers (buffers per file).
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..');
function runFixtures(files, extraArgs, env = {}) {
	const config = {
		rootDir: path.join(__dirname, 'helpers', 'quiet-fixtures'),
		testEnvironment: path.join(__dirname, 'helpers', 'quiet-environment.js'),
		testMatch: ['**/*.fixture.js'],
	};
	const result = spawnSync(
		process.execPath,
		[
			require.resolve('jest/bin/jest'),
			'--config',
			JSON.stringify(config),
			'--ci',
			...extraArgs,
			...files,
		],
		{
			cwd: root,
			encoding: 'utf8',
			env: { ...process.env, ...env, JEST_CONSOLE: env.JEST_CONSOLE ?? '' },
		},
	);
	return `${result.stdout}${result.stderr}`;
}

test.each([
	['one file in band', ['noisy'], ['--runInBand']],
	['files in workers', ['noisy', 'second'], ['--maxWorkers=2']],
])("%s: only the failing test's output is printed, named", (_mode, files, args) => {
	const output = runFixtures(files, args);
	expect(output).toContain('console output of the failing test "block › fails"');
	expect(output).toContain('FAILING-LOG');
	expect(output).toContain('FAILING-WINSTON');
	for (const quiet of ['PASSING-LOG', 'PASSING-WINSTON', 'OUTSIDE-TESTS', 'SECOND-FILE-LOG'])
		expect(output).not.toContain(quiet);
});

test('JEST_CONSOLE=all prints everything, as jest does', () => {
	const output = runFixtures(['noisy'], ['--runInBand'], { JEST_CONSOLE: 'all' });
	for (const line of ['PASSING-LOG', 'PASSING-WINSTON', 'OUTSIDE-TESTS', 'FAILING-LOG'])
		expect(output).toContain(line);
});
