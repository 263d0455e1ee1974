// A second file, so that jest runs files in workers and buffers each file's console.
test('passes too', () => console.log('SECOND-FILE-LOG'));
