/**
 * `validate_doc_update` of every `commune-<code>` database (design doc `_design/motcua`).
 *
 * CouchDB stores this function's source text and runs it in its own JavaScript engine
 * (SpiderMonkey or QuickJS, possibly ES5 only): keep it ES5 (`var`, no arrows, no template
 * strings, no spread), self-contained (no imports, no module-scope references) and pure.
 * design-docs.js uploads this file's text from `function` to the end, made anonymous (the form
 * CouchDB compiles, tests/unit/server/couch-js.ts): keep the function last.
 * A thrown `{ unauthorized }` answers 401, a thrown `{ forbidden }` answers 403; CouchDB runs it
 * for every write except `_local/*` documents, including replicated (`new_edits: false`) ones.
 *
 * Rules (DESIGN.md "Databases upstream", issue 6):
 * - only this commune's role (`commune:<code>`, from the database name), `upstream`, server
 *   admins and database admins may write;
 * - a document has a string `type` from the commune set and an `_id` starting `<type>:`;
 * - every commune document is written once: intakes, events, device records and slot claims
 *   are never changed or deleted, by anyone (corrections are new events). Re-sending the very
 *   same content (a replication retried after a cut link) is not a change and passes;
 * - `slot:<commune>:<k>` claims a dossier-code slot k (0–9) for one device, `device:<commune>:
 *   <device id>` records an enrolment; both name this database's commune;
 * - the queue (issue 16): `ticket:<date>:<group>:<NNNN>` states its date, group and number as
 *   in its _id; `call:<date>:<hlc>:<device>:<seq>` states them too, a known kind, a counter
 *   1–99, a ticket of the same day, and the groups it serves on a `call` only;
 * - one-stop across levels (issue 17): the `upstream_*` event kinds are written only by an
 *   upstream unit, a user with role `agency:<unit>` (and `upstream`, to be a member): the event
 *   names that `unit` and a `transfer_id` of the same dossier; such a writer (and any
 *   upstream user that is neither this commune nor an admin) writes nothing else here, and
 *   this commune's officers never write those kinds. A validate function sees only the
 *   document being written, never the transfer it answers: that the dossier was transferred to
 *   that unit is checked by the fold on every replica (an upstream event without an open
 *   transfer to its unit is flagged `not_transferred` and changes nothing);
 * - devices (issue 19): `revocation:<commune>:<device id>` records that the upstream office
 *   revoked a device; only admins write it. The list that stops a device is
 *   `secObj.revoked_devices` (the database's `_security`, set by `npm run devices -- revoke`):
 *   a validate function sees no other document, so the list must travel in `_security`. No new
 *   document naming a revoked `device_id` is accepted from anyone but an admin, whenever the
 *   device claims to have written it (its clock is its own). A freed slot is claimed again as
 *   `slot:<commune>:<k>:<generation>` (generation 1, 2, …); generation 0 keeps the old id;
 * - the commune's `media-<code>` database holds only `attachment` documents (document photos
 *   and scans, issue 9), each with exactly one CouchDB attachment `file` of an allowed type and
 *   size; records never carry attachments (images stay out of the records' replication).
 * @param {any} newDoc the document being written (`_deleted: true` for a deletion)
 * @param {any} oldDoc the current revision, or null when the id is new
 * @param {any} userCtx `{ db, name, roles }` of the writer
 * @param {any} secObj the database's `_security` object
 */
export default function validateCommune(newDoc, oldDoc, userCtx, secObj) {
	var DEVICE_ID = /^[a-z0-9-]{3,40}$/;
	var FILE_TYPES = ['image/jpeg', 'image/png', 'application/pdf'];
	var MAX_FILE_BYTES = 8 * 1024 * 1024;
	var ctx = userCtx || { name: null, roles: [] };
	var roles = ctx.roles || [];
	var dbMatch = /^(commune|media)-(.+)$/.exec(ctx.db || '');
	var commune = dbMatch ? dbMatch[2] : null;
	var isMedia = dbMatch !== null && dbMatch[1] === 'media';
	var TYPES = isMedia
		? ['attachment']
		: ['dossier', 'event', 'device', 'slot', 'ticket', 'call', 'revocation'];
	var QUEUE_GROUPS = ['ho_tich', 'chung_thuc', 'dat_dai', 'khac'];
	var CALL_KINDS = ['call', 'recall', 'served', 'no_show'];
	var UPSTREAM_KINDS = [
		'upstream_accepted',
		'upstream_supplement_requested',
		'upstream_resolved',
		'upstream_refused',
		'upstream_sent_back'
	];

	/** @param {string} role */
	function hasRole(role) {
		return roles.indexOf(role) !== -1;
	}
	/** @param {{ names?: string[], roles?: string[] } | undefined} section */
	function inSection(section) {
		if (!section) return false;
		var names = section.names || [];
		var sectionRoles = section.roles || [];
		if (ctx.name && names.indexOf(ctx.name) !== -1) return true;
		for (var i = 0; i < sectionRoles.length; i++) {
			if (hasRole(/** @type {string} */ (sectionRoles[i]))) return true;
		}
		return false;
	}
	/**
	 * @param {string} reason
	 * @returns {never}
	 */
	function deny(reason) {
		if (!ctx.name) throw { unauthorized: reason };
		throw { forbidden: reason };
	}
	/**
	 * @param {string} reason
	 * @returns {never}
	 */
	function refuse(reason) {
		throw { forbidden: reason };
	}
	// Content as written, for "same document again" checks: every field but the revision
	// bookkeeping; attachments by name, type and digest (stubs and inline data compare equal).
	/**
	 * @param {any} value
	 * @param {boolean} top
	 * @returns {string}
	 */
	function canonical(value, top) {
		if (value === null || typeof value !== 'object') return JSON.stringify(value);
		if (Object.prototype.toString.call(value) === '[object Array]') {
			var items = [];
			for (var i = 0; i < value.length; i++) items.push(canonical(value[i], false));
			return '[' + items.join(',') + ']';
		}
		var keys = Object.keys(value).sort();
		var parts = [];
		for (var k = 0; k < keys.length; k++) {
			var key = /** @type {string} */ (keys[k]);
			if (top && key.charAt(0) === '_' && key !== '_id' && key !== '_deleted') {
				if (key !== '_attachments') continue;
				var names = Object.keys(value._attachments || {}).sort();
				var atts = [];
				for (var n = 0; n < names.length; n++) {
					var name = /** @type {string} */ (names[n]);
					var att = value._attachments[name];
					atts.push(JSON.stringify([name, att.content_type, att.digest || null]));
				}
				parts.push('"_attachments":[' + atts.join(',') + ']');
				continue;
			}
			parts.push(JSON.stringify(key) + ':' + canonical(value[key], false));
		}
		return '{' + parts.join(',') + '}';
	}

	var id = String(newDoc._id);
	// Only database admins may write design documents; CouchDB checks that before calling us.
	if (id.indexOf('_design/') === 0) return;

	var isAdmin = hasRole('_admin') || inSection(secObj && secObj.admins);
	var isCommune = commune !== null && hasRole('commune:' + commune);
	if (!isAdmin && !hasRole('upstream') && !isCommune) {
		deny('Only officers of this commune and the upstream office may write to ' + ctx.db + '.');
	}

	// Upstream units: their own events only (issue 17). Units are the `agency:<code>` roles.
	var units = [];
	for (var r = 0; r < roles.length; r++) {
		var role = String(roles[r]);
		if (role.indexOf('agency:') === 0) units.push(role.slice('agency:'.length));
	}
	var upstreamOnly = !isAdmin && !isCommune;
	var isUpstreamEvent =
		newDoc.type === 'event' && UPSTREAM_KINDS.indexOf(newDoc.kind) !== -1 && !newDoc._deleted;
	if (upstreamOnly && !oldDoc && !isUpstreamEvent) {
		deny('The upstream office writes only its own one-stop events (upstream_*) to ' + ctx.db + '.');
	}
	if (isUpstreamEvent && !isAdmin) {
		if (isMedia) refuse('One-stop events belong in the commune database, not its media.');
		if (!upstreamOnly)
			refuse('Only the upstream unit a dossier was transferred to writes ' + newDoc.kind + '.');
		if (typeof newDoc.unit !== 'string' || units.indexOf(newDoc.unit) === -1) {
			refuse('An upstream unit writes events in its own name only (role agency:<unit>).');
		}
		var code = newDoc.dossier_code;
		if (
			typeof code !== 'string' ||
			id.indexOf('event:' + code + ':') !== 0 ||
			typeof newDoc.transfer_id !== 'string' ||
			newDoc.transfer_id.indexOf('event:' + code + ':') !== 0
		) {
			refuse('A one-stop event names its dossier and the transfer of that dossier it answers.');
		}
	}

	if (oldDoc && canonical(newDoc, true) !== canonical(oldDoc, true)) {
		refuse('Document ' + id + ' is written once: it cannot be changed or deleted.');
	}
	if (newDoc._deleted === true) {
		if (oldDoc) return; // the same deletion again (unreachable: deletions never pass above)
		refuse('Document ' + id + ' is written once: it cannot be deleted.');
	}

	// Revoked devices (issue 19): nothing new from them, whatever time they claim.
	var revoked = (secObj && secObj.revoked_devices) || [];
	if (
		!oldDoc &&
		!isAdmin &&
		typeof newDoc.device_id === 'string' &&
		revoked.indexOf(newDoc.device_id) !== -1
	) {
		refuse('Device ' + newDoc.device_id + ' was revoked by the upstream office: writes refused.');
	}

	var type = newDoc.type;
	if (typeof type !== 'string' || type === '') refuse('Document ' + id + ' has no type.');
	if (TYPES.indexOf(type) === -1) {
		refuse('Type "' + type + '" does not belong in a commune database.');
	}
	if (id.indexOf(type + ':') !== 0 || id.length === type.length + 1) {
		refuse('The _id of a ' + type + ' must be "' + type + ':<code>".');
	}

	var attachments = newDoc._attachments ? Object.keys(newDoc._attachments) : [];
	if (type !== 'attachment' && attachments.length > 0) {
		refuse('Records carry no attachments: images go to the media database as their own documents.');
	}
	if (type === 'attachment') {
		if (attachments.length !== 1 || attachments[0] !== 'file') {
			refuse('An attachment document carries exactly one attachment named "file".');
		}
		var file = newDoc._attachments.file;
		if (FILE_TYPES.indexOf(file.content_type) === -1) {
			refuse('Only JPEG, PNG and PDF files are accepted.');
		}
		if (typeof newDoc.bytes !== 'number' || newDoc.bytes <= 0 || newDoc.bytes > MAX_FILE_BYTES) {
			refuse('An attachment document states its size in bytes, at most 8 MB.');
		}
		if (
			typeof newDoc.dossier_code !== 'string' ||
			id.indexOf('attachment:' + newDoc.dossier_code + ':') !== 0
		) {
			refuse('The _id of an attachment is "attachment:<dossier code>:<document>:<device>:<n>".');
		}
	}
	if (type === 'slot') {
		var slot = /^slot:([^:]+):([0-9])(?::([1-9][0-9]{0,3}))?$/.exec(id);
		if (!slot) {
			refuse('A slot claim has the _id "slot:<commune>:<k>[:<generation>]" with k from 0 to 9.');
		}
		if (commune !== null && slot[1] !== commune) refuse('This slot belongs to another commune.');
		if (newDoc.slot !== Number(slot[2])) refuse('The slot field must equal k in the _id.');
		var generation = slot[3] ? Number(slot[3]) : 0;
		if ((newDoc.generation || 0) !== generation) {
			refuse('The generation field must equal the generation in the _id.');
		}
		if (generation > 0 && !/^\d{4}-\d{2}-\d{2}$/.test(String(newDoc.first_date))) {
			refuse('A freed slot claimed again names the first_date its numbers start on.');
		}
		if (typeof newDoc.device_id !== 'string' || !DEVICE_ID.test(newDoc.device_id)) {
			refuse('A slot claim names the claiming device_id.');
		}
	}
	if (type === 'device') {
		var device = /^device:([^:]+):(.+)$/.exec(id);
		if (!device || !DEVICE_ID.test(String(device[2]))) {
			refuse('A device record has the _id "device:<commune>:<device id>".');
		}
		if (commune !== null && device[1] !== commune) {
			refuse('This device belongs to another commune.');
		}
		if (newDoc.device_id !== device[2]) refuse('The device_id field must equal the _id.');
		var k = newDoc.slot;
		if (typeof k !== 'number' || k % 1 !== 0 || k < 0 || k > 9) {
			refuse('A device record names its slot, 0 to 9.');
		}
	}
	if (type === 'revocation') {
		if (!isAdmin) refuse('Only the upstream administrator revokes a device.');
		var rev = /^revocation:([^:]+):(.+)$/.exec(id);
		if (!rev || (commune !== null && rev[1] !== commune) || newDoc.device_id !== rev[2]) {
			refuse('A revocation has the _id "revocation:<commune>:<device id>" of this commune.');
		}
		var rk = newDoc.slot;
		if (typeof rk !== 'number' || rk % 1 !== 0 || rk < 0 || rk > 9) {
			refuse('A revocation names the slot it frees, 0 to 9.');
		}
		if (typeof newDoc.revoked_at !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(newDoc.free_from)) {
			refuse('A revocation states revoked_at and the date free_from the slot is free.');
		}
	}
	if (type === 'ticket') {
		var t = /^ticket:(\d{4}-\d{2}-\d{2}):([a-z_]+):(\d{4})$/.exec(id);
		if (!t || QUEUE_GROUPS.indexOf(String(t[2])) === -1) {
			refuse('A ticket has the _id "ticket:<YYYY-MM-DD>:<group>:<NNNN>" with a known group.');
		}
		var n = Number(t[3]);
		if (newDoc.date !== t[1] || newDoc.group !== t[2] || newDoc.number !== n || n < 1) {
			refuse('A ticket states the date, group and number of its _id.');
		}
		if (typeof newDoc.label !== 'string' || !/^[A-Z]\d{3,4}$/.test(newDoc.label)) {
			refuse('A ticket carries its printed label, a letter and digits.');
		}
		if (typeof newDoc.device_id !== 'string' || !DEVICE_ID.test(newDoc.device_id)) {
			refuse('A ticket names the device_id that took it.');
		}
		if (typeof newDoc.taken_at !== 'string' || typeof newDoc.hlc !== 'string') {
			refuse('A ticket states when it was taken (taken_at, hlc).');
		}
	}
	if (type === 'call') {
		var c = /^call:(\d{4}-\d{2}-\d{2}):(\d{13}-[0-9a-z]{4}):([a-z0-9-]{3,40}):(\d{1,9})$/.exec(id);
		if (!c) refuse('A call has the _id "call:<YYYY-MM-DD>:<hlc>:<device>:<seq>".');
		if (
			newDoc.date !== c[1] ||
			newDoc.hlc !== c[2] ||
			newDoc.device_id !== c[3] ||
			newDoc.seq !== Number(c[4])
		) {
			refuse('A call states the date, hlc, device_id and seq of its _id.');
		}
		if (CALL_KINDS.indexOf(newDoc.kind) === -1) {
			refuse('A call is one of call, recall, served, no_show.');
		}
		var counter = newDoc.counter;
		if (typeof counter !== 'number' || counter % 1 !== 0 || counter < 1 || counter > 99) {
			refuse('A call names its counter, 1 to 99.');
		}
		if (
			typeof newDoc.ticket_id !== 'string' ||
			newDoc.ticket_id.indexOf('ticket:' + c[1] + ':') !== 0
		) {
			refuse('A call names a ticket of its own day.');
		}
		var groups = newDoc.groups;
		if (newDoc.kind === 'call') {
			if (Object.prototype.toString.call(groups) !== '[object Array]' || groups.length < 1) {
				refuse('A call names the groups its counter serves.');
			}
			for (var g = 0; g < groups.length; g++) {
				if (QUEUE_GROUPS.indexOf(groups[g]) === -1) refuse('Unknown queue group.');
			}
		} else if (groups !== undefined) {
			refuse('Only a call names groups.');
		}
	}
}
