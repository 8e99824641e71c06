package dev.leadscope.rest.imports.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

/** Request bodies of an upload: a slice of a file behind its header, read as it is sent, and a body that counts what it sent. */
final class UploadBodies {
    private UploadBodies() {
    }

    /** The slice's header then its records, streamed from the file, with its length declared. */
    static HttpRequest.BodyPublisher slice(UploadPlan.Slice slice) {
        HttpRequest.BodyPublisher stream = HttpRequest.BodyPublishers.ofInputStream(() -> {
            try {
                SeekableByteChannel channel = Files.newByteChannel(slice.file());
                channel.position(slice.from());
                InputStream records = new BoundedStream(Channels.newInputStream(channel), slice.to() - slice.from());
                return new SequenceInputStream(new ByteArrayInputStream(slice.header()), records);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + slice.file() + ": " + e.getMessage(), e);
            }
        });
        return HttpRequest.BodyPublishers.fromPublisher(stream, slice.size());
    }

    /** {@code body}, adding to {@code sent} the bytes handed to the connection. */
    static HttpRequest.BodyPublisher counted(HttpRequest.BodyPublisher body, AtomicLong sent) {
        return new HttpRequest.BodyPublisher() {
            @Override
            public long contentLength() {
                return body.contentLength();
            }

            @Override
            public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
                body.subscribe(new Flow.Subscriber<ByteBuffer>() {
                    @Override
                    public void onSubscribe(Flow.Subscription subscription) {
                        subscriber.onSubscribe(subscription);
                    }

                    @Override
                    public void onNext(ByteBuffer item) {
                        sent.addAndGet(item.remaining());
                        subscriber.onNext(item);
                    }

                    @Override
                    public void onError(Throwable throwable) {
                        subscriber.onError(throwable);
                    }

                    @Override
                    public void onComplete() {
                        subscriber.onComplete();
                    }
                });
            }
        };
    }

    /** At most {@code left} bytes of {@code in}; closes {@code in}. */
    private static final class BoundedStream extends InputStream {
        private final InputStream in;
        private long left;

        BoundedStream(InputStream in, long left) {
            this.in = in;
            this.left = left;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
