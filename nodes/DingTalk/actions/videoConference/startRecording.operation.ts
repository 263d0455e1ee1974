import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { z } from 'zod';

import { defineField } from '../../../core';
import { conferenceOperation } from './control';
import { hostProperty, setRecording } from './recording';

const mode = defineField(
	{
		displayName: 'Layout',
		name: 'mode',
		type: 'options',
		options: [
			{ name: 'Default', value: '' },
			{ name: 'Grid', value: 'grid' },
			{ name: 'Speaker', value: 'speech' },
			{ name: 'Full Screen', value: 'full_screen' },
		],
		default: '',
	},
	z.enum(['', 'grid', 'speech', 'full_screen']),
);
const smallWindow = defineField(
	{
		displayName: 'Small Window Position',
		name: 'smallWindowPosition',
		type: 'options',
		options: [
			{ name: 'Default', value: '' },
			{ name: 'Right (Beside)', value: 'relative_right' },
			{ name: 'Right (Floating)', value: 'float_right' },
			{ name: 'Bottom (Floating)', value: 'float_bottom' },
		],
		default: '',
	},
	z.enum(['', 'relative_right', 'float_right', 'float_bottom']),
);

export const description = conferenceOperation('startRecording', [
	hostProperty,
	mode.property,
	smallWindow.property,
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const layout = mode.read(this, i);
	const position = smallWindow.read(this, i);
	return await setRecording.call(this, i, true, {
		...(layout ? { mode: layout } : {}),
		...(position ? { smallWindowPosition: position } : {}),
	});
}
