package vn.cchc.tracker.tablefile;

import java.util.List;

/**
 * A kind of problem a table file can have. This layer's own are {@link FileProblem}s (the file, its header, its
 * cells); a feature that reads rows has its own kinds for what its rows mean. Each kind has a sentence in the message
 * bundles.
 */
public interface ProblemKind {

    /** The key of the problem's sentence; its arguments are the problem's. */
    String messageKey();

    /** The sentence's arguments, given the problem's arguments as text. */
    default Object[] messageArgs(List<String> args) {
        return args.toArray();
    }
}
