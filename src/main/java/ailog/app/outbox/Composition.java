package ailog.app.outbox;

/** A message ready to send, or the reason not to send it after all. */
public sealed interface Composition {
    record Send(Message message) implements Composition {}

    record Skip(String why) implements Composition {}
}
