import { DEFAULT_MEDIA_POLICY, type MediaPolicy } from '$lib/domain/media/policy';

/** The policy this device uses (the defaults of issue 9; one place to make it configurable). */
export function mediaPolicy(): MediaPolicy {
	return DEFAULT_MEDIA_POLICY;
}
