package dev.leadscope.rest.imports.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.multipart.CompletedFileUpload;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reactivestreams.Subscription;

/**
 * Completion may be signalled without demand, while the last part is still being written: the folder must be
 * handed on (or discarded) only after every part is on disk.
 */
class UploadSubscriberTest {
    @TempDir
    Path work;

    private final ExecutorService blocking = Executors.newFixedThreadPool(4);
    private final List<Path> discarded = new ArrayList<>();

    @AfterEach
    void stop() {
        blocking.shutdownNow();
    }

    @Test
    void givenCompletionRightAfterTheLastPart_whenTheFolderIsHandedOn_thenTheLastPartIsWhole() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        String content = "lead_id,title\n" + "x,CEO\n".repeat(10_000);
        List<String> seen = new ArrayList<>();
        UploadSubscriber upload = new UploadSubscriber(dirs(), blocking, dir -> {
            seen.add(read(dir.resolve("leads.csv")));
            return HttpResponse.accepted();
        });

        upload.onSubscribe(subscription());
        upload.onNext(new SlowUpload("leads.csv", content, reading));
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
        upload.onComplete();
        upload.result().get(30, TimeUnit.SECONDS);

        assertThat(seen).containsExactly(content);
        assertThat(discarded).isEmpty();
    }

    @Test
    void givenAnErrorWhileThePartIsWritten_whenSignalled_thenTheFolderIsDiscardedAfterTheWrite() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        UploadSubscriber upload = new UploadSubscriber(dirs(), blocking, dir -> HttpResponse.accepted());

        upload.onSubscribe(subscription());
        upload.onNext(new SlowUpload("leads.csv", "lead_id\nx\n", reading));
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
        upload.onError(new IOException("connection closed"));

        assertThat(upload.result()).failsWithin(30, TimeUnit.SECONDS);
        assertThat(discarded).hasSize(1);
        assertThat(Files.exists(discarded.get(0))).isFalse();
    }

    private UploadSubscriber.WorkDirs dirs() {
        return new UploadSubscriber.WorkDirs() {
            @Override
            public Path create() throws IOException {
                return Files.createTempDirectory(work, "upload-");
            }

            @Override
            public void discard(Path dir) {
                discarded.add(dir);
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Subscription subscription() {
        return new Subscription() {
            @Override
            public void request(long n) {
            }

            @Override
            public void cancel() {
            }
        };
    }

    /** A file part whose bytes arrive slowly, signalling when the first read starts. */
    private record SlowUpload(String filename, String content, CountDownLatch reading) implements CompletedFileUpload {
        @Override
        public InputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
            return new InputStream() {
                private boolean first = true;

                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    if (first) {
                        first = false;
                        reading.countDown();
                        try {
                            Thread.sleep(300);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    return bytes.read(b, off, Math.min(len, 1024));
                }
            };
        }

        @Override
        public byte[] getBytes() {
            return content.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public ByteBuffer getByteBuffer() {
            return ByteBuffer.wrap(getBytes());
        }

        @Override
        public Optional<MediaType> getContentType() {
            return Optional.of(MediaType.TEXT_PLAIN_TYPE);
        }

        @Override
        public String getName() {
            return "files";
        }

        @Override
        public String getFilename() {
            return filename;
        }

        @Override
        public long getSize() {
            return content.length();
        }

        @Override
        public long getDefinedSize() {
            return content.length();
        }

        @Override
        public boolean isComplete() {
            return true;
        }
    }
}
