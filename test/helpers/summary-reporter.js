'use strict';
// Ends a jest run with one plain line ("jest: N passed, N failed, N skipped") that any CI log
// reader understands.
class SummaryReporter {
	onRunComplete(_contexts, results) {
		process.stdout.write(
			`jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped\n`,
		);
	}
}
module.exports = SummaryReporter;
