/**
 * Work that depends on the officer's password and must follow a change of it (issue 19). The
 * device secret's own wrap is re-made with the verifier (`verifier-update.ts`); hooks run after upstream
 * accepted the new password and before the device's offline verifier is replaced, in the order
 * they were registered; a hook that throws stops the change on the device (the verifier stays
 * the old one) and the error reaches the caller.
 */

export type PasswordChangedHook = (
	oldPassword: string,
	newPassword: string
) => Promise<void> | void;

const hooks: PasswordChangedHook[] = [];

/** Registers a hook; returns the function that removes it. */
export function onPasswordChanged(hook: PasswordChangedHook): () => void {
	hooks.push(hook);
	return () => {
		const i = hooks.indexOf(hook);
		if (i >= 0) hooks.splice(i, 1);
	};
}

/** Runs every hook, one after the other. */
export async function runPasswordChanged(oldPassword: string, newPassword: string): Promise<void> {
	for (const hook of [...hooks]) await hook(oldPassword, newPassword);
}
