/**
 * {@code fundtrace serve}: one Jetty on one port for a finance department's users, each signed in
 * against the users file and reading as the role it gives them. JDBC clients speak Avatica's protobuf
 * protocol to GateMeta, which runs every statement through the SQL gate on the newest published
 * snapshot of the warehouse (GatePool); browsers get the archive's months, reports and notices their
 * role may open (ArchiveSite, DocumentAccess).
 */
package io.fundtrace.cli.serve;
