package org.branchpress.serve;

/** How the preview tells the officer about a failure it did not expect, and which it cannot go on after. */
final class Failures {
    private Failures() {
    }

    /**
     * Whether the JVM itself broke down (out of memory, an internal error): then no thread should
     * go on as if nothing happened. A StackOverflowError is not one: it unwinds the stack that
     * overflowed (a page nested too deep, say), and the thread is fine after it.
     */
    static boolean fatal(Throwable failure) {
        return failure instanceof VirtualMachineError && !(failure instanceof StackOverflowError);
    }

    /** What went wrong, in a few Chinese words and the failure's own message, never its class name. */
    static String describe(Throwable failure) {
        if (failure instanceof StackOverflowError) {
            return "嵌套太深，超出了程序的栈空间";
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? "程序出现意外错误，没有更多说明" : "程序出现意外错误：" + message;
    }
}
