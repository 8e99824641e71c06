package dev.leadscope.rest.cli.load;

import java.io.IOException;
import java.net.URI;

/** Opens {@link FakeLeadscope} to the command's tests in the package above. */
public final class FakeLeadscopeAccess implements AutoCloseable {
    private final FakeLeadscope fake;

    public FakeLeadscopeAccess(int leads) throws IOException {
        fake = new FakeLeadscope(leads);
    }

    public URI url() {
        return fake.url();
    }

    public void throttleFirst(int n) {
        fake.throttleFirst = n;
    }

    public void loseEvery(int n) {
        fake.loseEvery = n;
    }

    public long eventsStored() {
        return fake.events.values().stream().mapToLong(java.util.List::size).sum();
    }

    public int reads() {
        return fake.reads.get();
    }

    @Override
    public void close() {
        fake.close();
    }
}
