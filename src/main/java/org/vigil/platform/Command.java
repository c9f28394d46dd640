package org.vigil.platform;

/**
 * An operator command run from the shell ({@code java -jar vigil.jar NAME …}) against the same
 * database as the server, without starting the web server. Modules contribute commands as beans
 * implementing this interface, in a class whose name ends in {@code Command} (only those are looked
 * at), parsed by picocli in one of two shapes:
 * <ul>
 * <li>a group: the class is annotated with {@code @CommandLine.Command(name = "admin", …)} and each
 * of its sub-commands is a method annotated with {@code @CommandLine.Command}
 * ({@code admin create-user …});</li>
 * <li>single commands: the class itself carries no {@code @Command}; each of its methods annotated
 * with {@code @CommandLine.Command} is a command of its own ({@code backup --to FILE}).</li>
 * </ul>
 * Options and parameters are the methods' parameters, never fields, so that {@code --help} and
 * mistakes of usage are answered without starting the application: the bean is only asked for
 * when the command runs. A method answers the exit code (0 success, 1 failure) and prints through
 * {@link Terminal}; it throws {@link UsageException} (exit code 2) for a mistake picocli cannot see.
 * A command whose work stays within a few modules names them with {@link StartsOnly}, and starts faster.
 */
public interface Command {

}
