package dev.leadscope.rest.error;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.micronaut.json.JsonMapper;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Refuses a request whose declared length passes {@code micronaut.server.max-request-size} before any of its body is
 * read: at once, with a 413 problem naming the limit and the setting that raises it. The rest of the body is read and
 * dropped, then the connection is closed, so a client that sends its whole body before it reads the answer still gets
 * it. A body without a declared length that passes the limit while it streams is refused by the server itself, with the
 * same problem ({@link ContentLengthExceededProblem}).
 */
@Singleton
public class RequestSizeLimit implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {
    /** The environment variable that sets the limit, as the refusal names it. */
    public static final String VARIABLE = "MICRONAUT_SERVER_MAX_REQUEST_SIZE";
    private static final String SETTING = "micronaut.server.max-request-size";
    private static final String INBOUND = "micronaut-inbound-handler";

    private final long limit;
    private final JsonMapper json;

    public RequestSizeLimit(NettyHttpServerConfiguration server, JsonMapper json) {
        this.limit = server.getMaxRequestSize();
        this.json = json;
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        NettyServerCustomizer.Registry registry = event.getBean();
        registry.register(new Customizer(null));
        return registry;
    }

    /** Why a request of {@code declared} bytes (negative: not declared) is refused, naming the limit and how to raise it. */
    String detail(long declared) {
        return String.format(Locale.ROOT, "the request body%s is larger than the service accepts (%s = %d bytes); raise it"
                + " (e.g. %s=2GB) or send less at once (the command line splits imports with --upload-size)",
                declared < 0 ? "" : String.format(Locale.ROOT, " of %,d bytes", declared), SETTING, limit, VARIABLE);
    }

    /** The problem of a refused request. */
    Problem problem(String path, long declared) {
        return new Problem(Problems.TYPE_BASE + "payload-too-large", HttpStatus.REQUEST_ENTITY_TOO_LARGE.getReason(), 413,
                detail(declared), path, List.of(new FieldError("body", "at most " + limit + " bytes (" + SETTING + ")")));
    }

    private byte[] body(String path, long declared) {
        try {
            return json.writeValueAsBytes(problem(path, declared));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class Customizer implements NettyServerCustomizer {
        private final Channel channel;

        Customizer(Channel channel) {
            this.channel = channel;
        }

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return role == ChannelRole.CONNECTION || role == ChannelRole.REQUEST_STREAM ? new Customizer(channel) : this;
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel != null && channel.pipeline().get(INBOUND) != null && channel.pipeline().get(Guard.class) == null) {
                channel.pipeline().addBefore(INBOUND, "leadscope-request-size-limit", new Guard());
            }
        }
    }

    /** Watches each request of one connection; once one is refused, drops its body and closes the connection after it. */
    private final class Guard extends ChannelInboundHandlerAdapter {
        private boolean refusing;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof HttpRequest request && HttpUtil.getContentLength(request, -1L) > limit) {
                refusing = true;
                long declared = HttpUtil.getContentLength(request, -1L);
                String path = request.uri().split("\\?", 2)[0];
                // a request that arrives whole (its body in the same message) has nothing left to drop
                boolean whole = msg instanceof LastHttpContent;
                ReferenceCountUtil.release(msg);
                FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
                        Unpooled.wrappedBuffer(body(path, declared)));
                response.headers().set(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes())
                        .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
                boolean expectsContinue = HttpUtil.is100ContinueExpected(request);
                ctx.writeAndFlush(response).addListener(expectsContinue || whole ? ChannelFutureListener.CLOSE
                        : ChannelFutureListener.CLOSE_ON_FAILURE);
                ctx.channel().config().setAutoRead(true);
                return;
            }
            if (refusing && msg instanceof HttpContent content) {
                boolean last = content instanceof LastHttpContent;
                ReferenceCountUtil.release(msg);
                if (last) {
                    ctx.close();
                } else {
                    ctx.read();
                }
                return;
            }
            ctx.fireChannelRead(msg);
        }
    }
}
