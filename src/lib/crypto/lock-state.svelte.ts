import { vault, type VaultState } from './vault';

/** The vault's state as a rune, for the lock screen (issue 19). */
class LockState {
	state = $state<VaultState>(vault.state);
}

export const lockState = new LockState();
vault.onChange((s) => (lockState.state = s));
