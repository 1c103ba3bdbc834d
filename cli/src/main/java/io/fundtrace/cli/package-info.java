/**
 * The {@code fundtrace} command: {@link io.fundtrace.cli.Fundtrace} registers one picocli class per verb,
 * grouped in sub-packages by the user's task ({@code load}, {@code monitor}, {@code report}, {@code query},
 * {@code bench}), and {@code demo}, which runs the main job end to end with those same verbs. This is the
 * only module that knows every stage; it holds no business logic: each command parses its options,
 * calls the stage that does the work and prints what came back.
 */
package io.fundtrace.cli;
