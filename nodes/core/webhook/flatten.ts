import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

function isPlainObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Lifts the fields of nested objects (one level, e.g. Huawei's meetingInfo) to the top, keeping
 * arrays as they are. A lifted key that collides is prefixed with its parent's name.
 */
export function flattenOnce(source: IDataObject): IDataObject {
	const out: IDataObject = {};
	const nested: Array<[string, IDataObject]> = [];
	for (const [key, value] of Object.entries(source)) {
		if (isPlainObject(value)) nested.push([key, value]);
		else out[key] = value;
	}
	for (const [parent, object] of nested) {
		for (const [key, value] of Object.entries(object)) {
			out[key in out ? `${parent}_${key}` : key] = value;
		}
	}
	return out;
}

export interface EventSummary {
	event: string;
	/** Epoch milliseconds, when the vendor sent one. */
	timeMs?: number;
	/** Identifiers shown first (event id, meeting id, group id, ...). */
	ids?: IDataObject;
	/** The decoded payload, flattened. */
	fields?: IDataObject;
	/** The event as the vendor sent it (decrypted where it was encrypted), without the delivery around it: never a signature, nonce or anything that would let the delivery be replayed. */
	raw: unknown;
}

/** One output item per event: type, time and ids first, then the fields, the event itself last (`raw`). */
export function eventItem(summary: EventSummary): INodeExecutionData {
	const { event, timeMs, ids = {}, fields = {}, raw } = summary;
	const time =
		timeMs !== undefined && Number.isFinite(timeMs) ? new Date(timeMs).toISOString() : undefined;
	const json: IDataObject = { event, ...(time ? { time } : {}), ...ids };
	for (const [key, value] of Object.entries(fields)) if (!(key in json)) json[key] = value;
	json.raw = raw as IDataObject;
	return { json };
}
