/**
 * Reading a call aloud with the browser's speech synthesis (Web Speech API), in Vietnamese
 * where the device has a Vietnamese voice. Everything is feature-detected: with no
 * `speechSynthesis`, or no voice for `vi`, the display only shows the numbers and never fails.
 * Chromium speaks only after a user gesture on the page, hence the display's "Bật đọc số".
 */

function synth(): SpeechSynthesis | undefined {
	return typeof window !== 'undefined' && 'speechSynthesis' in window
		? window.speechSynthesis
		: undefined;
}

/** A Vietnamese voice of this device, if it has one (voices may load late: ask again). */
export function vietnameseVoice(): SpeechSynthesisVoice | undefined {
	const voices = synth()?.getVoices() ?? [];
	return voices.find((v) => v.lang.toLowerCase().replace('_', '-').startsWith('vi'));
}

/** `A001` read digit by digit ("A, không, không, một") as callers in the room say it. */
export function spokenNumber(label: string): string {
	return label.split('').join(' ');
}

/** Speaks `text` in Vietnamese; false when the device cannot (the caller shows why). */
export function speak(text: string): boolean {
	const s = synth();
	const voice = vietnameseVoice();
	if (!s || !voice || typeof SpeechSynthesisUtterance === 'undefined') return false;
	const utterance = new SpeechSynthesisUtterance(text);
	utterance.lang = 'vi-VN';
	utterance.voice = voice;
	utterance.rate = 0.9;
	s.speak(utterance);
	return true;
}

/** Calls `onchange` when the device's voices (re)load; returns the unsubscribe. */
export function onVoices(onchange: () => void): () => void {
	const s = synth();
	if (!s) return () => undefined;
	s.addEventListener('voiceschanged', onchange);
	return () => s.removeEventListener('voiceschanged', onchange);
}
