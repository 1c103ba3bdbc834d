package io.fundtrace.cli.serve;

import io.fundtrace.warehouse.WarehouseException;
import java.io.PrintWriter;
import java.util.UUID;
import org.apache.calcite.avatica.AvaticaSeverity;
import org.apache.calcite.avatica.remote.AvaticaRuntimeException;
import org.apache.calcite.avatica.remote.Service;

/**
 * What a JDBC client is told when a call fails: the gate's one-line reason with an SQL state (42000 a
 * refusal, 57014 the time limit, 53200 memory, HY000 another failure), and for anything unexpected
 * only that it happened and the incident's id, while the server's log gets the stack trace. Avatica
 * sends an exception's stack trace to the client, so these carry none.
 */
final class ClientErrors {
    private final PrintWriter serverLog;

    ClientErrors(PrintWriter serverLog) {
        this.serverLog = serverLog;
    }

    RuntimeException of(RuntimeException e) {
        if (e instanceof AvaticaRuntimeException) {
            return e;
        }
        if (e instanceof WarehouseException refusal) {
            String message = refusal.getMessage();
            String state = message.startsWith("refused: ") ? "42000"
                    : message.contains("time limit") ? "57014"
                    : message.contains("memory") ? "53200" : "HY000";
            return withoutTrace(new AvaticaRuntimeException(message, 0, state, AvaticaSeverity.ERROR));
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        synchronized (serverLog) {
            serverLog.println("fundtrace serve: incident " + incident + ":");
            e.printStackTrace(serverLog);
            serverLog.flush();
        }
        return withoutTrace(new AvaticaRuntimeException("internal error of the server (incident " + incident + " in its log)", 0, "HY000",
                AvaticaSeverity.ERROR));
    }

    /** A refusal of the gate's kind for what the server itself turns away (parameters, batches, updates). */
    static RuntimeException refused(String reason) {
        return withoutTrace(new AvaticaRuntimeException("refused: " + reason, 0, "42000", AvaticaSeverity.ERROR));
    }

    /** A connection that is not there, or not the signed-in user's: the same answer for both. */
    static RuntimeException noConnection(String id) {
        return withoutTrace(new AvaticaRuntimeException("no connection " + id, Service.ErrorResponse.MISSING_CONNECTION_ERROR_CODE, "08003",
                AvaticaSeverity.ERROR));
    }

    private static RuntimeException withoutTrace(RuntimeException e) {
        e.setStackTrace(new StackTraceElement[0]);
        return e;
    }
}
