/**
 * The standard profile fields the node reads and writes (Tencent's "Standard Profile Fields"):
 * output key → Tag. String values are at most 500 bytes.
 */
export const PROFILE_TAGS = {
	nickname: 'Tag_Profile_IM_Nick',
	avatarUrl: 'Tag_Profile_IM_Image',
	gender: 'Tag_Profile_IM_Gender',
	selfSignature: 'Tag_Profile_IM_SelfSignature',
} as const;

export type ProfileKey = keyof typeof PROFILE_TAGS;

export const GENDERS = [
	{ name: 'Female', value: 'Gender_Type_Female' },
	{ name: 'Male', value: 'Gender_Type_Male' },
	{ name: 'Unknown', value: 'Gender_Type_Unknown' },
];
