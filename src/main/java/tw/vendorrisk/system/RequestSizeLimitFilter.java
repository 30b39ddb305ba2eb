package tw.vendorrisk.system;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Refuses request bodies above a limit with 413, without reading more of them than the limit. The
 * engine REST API reads a multipart upload or a JSON body whole into memory and has no limit of its
 * own, and {@code /api} reads a text/plain contract whole; without this filter one request of a few
 * hundred megabytes exhausts the heap.
 * <ul>
 * <li>A declared {@code Content-Length} above the limit is refused before anything is read.</li>
 * <li>A body without a length (chunked) is counted as it is read; at the limit reading fails, whatever the
 * handler answers is discarded and the client gets 413.</li>
 * </ul>
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long limit;

    RequestSizeLimitFilter(long limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response);
            return;
        }
        LimitedRequest limited = new LimitedRequest(request, limit);
        DiscardingResponse guarded = new DiscardingResponse(response, limited);
        try {
            chain.doFilter(limited, guarded);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!limited.exceeded) {
                throw e;
            }
        }
        if (limited.exceeded && !response.isCommitted()) {
            // keeps the headers set before the request was handled (security headers), drops any body
            response.resetBuffer();
            refuse(request, response);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String megabytes = String.valueOf(limit / (1024 * 1024));
        String message = Languages.MESSAGES.getMessage("api.tooLarge", new Object[] {megabytes},
                Languages.of(request.getHeader("Accept-Language")));
        byte[] body = ("{\"status\":413,\"message\":\"" + message + "\",\"errors\":[]}").getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(body.length);
        // the rest of the body is not read: close the connection after the answer
        response.setHeader("Connection", "close");
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** Thrown into the reader of a body that passed the limit. */
    static final class RequestTooLargeException extends IOException {
        RequestTooLargeException(long limit) {
            super("The request body passed the limit of " + limit + " bytes.");
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;
        volatile boolean exceeded;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream());
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? StandardCharsets.ISO_8859_1.name() : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
        }

        private final class CountingStream extends ServletInputStream {

            private final ServletInputStream in;
            private long count;

            CountingStream(ServletInputStream in) {
                this.in = in;
            }

            private void counted(long n) throws RequestTooLargeException {
                if (n > 0) {
                    count += n;
                    if (count > limit) {
                        exceeded = true;
                        throw new RequestTooLargeException(limit);
                    }
                }
            }

            @Override
            public int read() throws IOException {
                if (exceeded) {
                    throw new RequestTooLargeException(limit);
                }
                int b = in.read();
                counted(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (exceeded) {
                    throw new RequestTooLargeException(limit);
                }
                int n = in.read(buffer, offset, length);
                counted(n);
                return n;
            }

            @Override
            public boolean isFinished() {
                return in.isFinished();
            }

            @Override
            public boolean isReady() {
                return in.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
            }
        }
    }

    /** Passes the handler's answer through until the body passed the limit; after that, drops it. */
    private static final class DiscardingResponse extends HttpServletResponseWrapper {

        private final LimitedRequest request;
        private ServletOutputStream stream;
        private PrintWriter writer;

        DiscardingResponse(HttpServletResponse response, LimitedRequest request) {
            super(response);
            this.request = request;
        }

        @Override
        public void setStatus(int status) {
            if (!request.exceeded) {
                super.setStatus(status);
            }
        }

        @Override
        public void sendError(int status) throws IOException {
            if (!request.exceeded) {
                super.sendError(status);
            }
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (!request.exceeded) {
                super.sendError(status, message);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!request.exceeded) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!request.exceeded) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!request.exceeded) {
                super.flushBuffer();
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream out = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        if (!request.exceeded) {
                            out.write(b);
                        }
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        if (!request.exceeded) {
                            out.write(b, off, len);
                        }
                    }

                    @Override
                    public void flush() throws IOException {
                        if (!request.exceeded) {
                            out.flush();
                        }
                    }

                    @Override
                    public void close() throws IOException {
                        if (!request.exceeded) {
                            out.close();
                        }
                    }

                    @Override
                    public boolean isReady() {
                        return out.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        out.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                String encoding = getCharacterEncoding() == null ? StandardCharsets.ISO_8859_1.name() : getCharacterEncoding();
                writer = new PrintWriter(new java.io.OutputStreamWriter(getOutputStream(), encoding), false) {
                    @Override
                    public void close() {
                        flush();
                        if (!request.exceeded) {
                            super.close();
                        }
                    }
                };
            }
            return writer;
        }
    }
}
