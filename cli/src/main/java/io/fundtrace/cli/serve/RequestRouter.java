package io.fundtrace.cli.serve;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.AbstractHandler;

/**
 * One port, two doors, both behind the sign-in: a POST to / is an Avatica request (JDBC), whose body is
 * read whole, so it must say its length and stay under {@value #MAX_REQUEST_BYTES} bytes (a statement
 * is at most the gate's 32,768 characters); GET and HEAD are the web page; anything else is refused.
 */
final class RequestRouter extends AbstractHandler {
    static final int MAX_REQUEST_BYTES = 1 << 20;

    private final Handler avatica;
    private final Handler site;

    RequestRouter(Handler avatica, Handler site) {
        this.avatica = avatica;
        this.site = site;
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        switch (request.getMethod()) {
            case "POST" -> {
                long length = request.getContentLengthLong();
                if (!target.equals("/")) {
                    refuse(baseRequest, response, HttpServletResponse.SC_NOT_FOUND);
                } else if (length < 0) {
                    refuse(baseRequest, response, HttpServletResponse.SC_LENGTH_REQUIRED);
                } else if (length > MAX_REQUEST_BYTES) {
                    refuse(baseRequest, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                } else {
                    avatica.handle(target, baseRequest, request, response);
                }
            }
            case "GET", "HEAD" -> site.handle(target, baseRequest, request, response);
            default -> {
                response.setHeader("Allow", "GET, HEAD, POST");
                refuse(baseRequest, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            }
        }
    }

    private static void refuse(Request baseRequest, HttpServletResponse response, int status) throws IOException {
        baseRequest.setHandled(true);
        response.sendError(status);
    }
}
