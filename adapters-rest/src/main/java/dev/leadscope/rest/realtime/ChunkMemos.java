package dev.leadscope.rest.realtime;

import dev.leadscope.domain.rescoring.ChunkRead;
import dev.leadscope.domain.rescoring.EventsMemo;
import dev.leadscope.domain.rescoring.IntentMemo;
import dev.leadscope.domain.rescoring.MembersMemo;
import dev.leadscope.domain.rescoring.NotesMemo;
import dev.leadscope.domain.rescoring.OutcomesMemo;
import dev.leadscope.domain.rescoring.RescoringService;

/**
 * What a chunk of rescoring runs inside: memos that list each account's members, read its intent and each lead's
 * events once for the chunk, for the accounts' scores and the leads' qualification alike (inside the real-time worker's
 * own batch scope the members and intent scopes are already open and the inner ones add nothing). A bulk rescoring's
 * chunk hands over what it read once, and the memos, notes and outcomes included, answer from that.
 */
final class ChunkMemos implements RescoringService.ChunkScope {
    private final IntentMemo intent;
    private final MembersMemo members;
    private final EventsMemo events;
    private final NotesMemo notes;
    private final OutcomesMemo outcomes;

    ChunkMemos(IntentMemo intent, MembersMemo members, EventsMemo events, NotesMemo notes, OutcomesMemo outcomes) {
        this.intent = intent;
        this.members = members;
        this.events = events;
        this.notes = notes;
        this.outcomes = outcomes;
    }

    @Override
    public void run(ChunkRead read, Runnable chunk) {
        intent.during(() -> members.during(() -> events.during(() -> {
            if (read == null) {
                chunk.run();
                return null;
            }
            return notes.during(() -> outcomes.during(() -> {
                intent.prime(read);
                members.prime(read);
                events.prime(read);
                notes.prime(read);
                outcomes.prime(read);
                chunk.run();
                return null;
            }));
        })));
    }
}
