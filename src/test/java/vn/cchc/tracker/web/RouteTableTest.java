package vn.cchc.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Handle;
import org.springframework.asm.Label;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.cchc.tracker.CchcTrackerApplication;
import vn.cchc.tracker.testing.ApplicationTest;

/**
 * docs/routes.md is every endpoint the running application maps: method and URL, the handler, and what it answers —
 * the templates a page renders and where it redirects, read from the handler's bytecode so every branch counts (a
 * form's error page as well as its redirect), or JSON / file for the API and downloads.
 */
@ApplicationTest
class RouteTableTest {

    /** {@code ./mvnw test -Dtest=RouteTableTest -Dcchc.docs.write=true} rewrites docs/routes.md. */
    private static final boolean WRITE_DOCS = Boolean.getBoolean("cchc.docs.write");

    private static final Path FILE = Path.of("docs", "routes.md");
    private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");
    private static final String ROOT = CchcTrackerApplication.class.getPackageName() + ".";

    /** Handlers of the frameworks, whose answers are decided at run time rather than in their code. */
    private static final Map<String, List<String>> FRAMEWORK_ANSWERS = Map.of(
            // Spring Boot's error page: error/<status>.html when there is one, else error.html
            "org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController#errorHtml", errorPages(),
            "org.springdoc.webmvc.ui.SwaggerWelcomeWebMvc#redirectToUi", List.of("redirect:/swagger-ui/index.html"));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    record Route(String method, String pattern, String handler, List<String> answers) {}

    @Test
    void theRouteTableInDocsIsTheApplicationsOwn() throws IOException {
        String table = table(routes());
        if (WRITE_DOCS) {
            Files.writeString(FILE, table, StandardCharsets.UTF_8);
        }
        assertThat(FILE)
                .as("docs/routes.md is out of date: run ./mvnw test -Dtest=RouteTableTest " + "-Dcchc.docs.write=true")
                .hasContent(table);
    }

    @Test
    void everyTemplateAPageNamesExists() {
        List<String> missing = new ArrayList<>();
        for (Route route : routes()) {
            route.answers().stream()
                    .filter(RouteTableTest::isTemplate)
                    .filter(view -> !Files.isRegularFile(TEMPLATES.resolve(view + ".html")))
                    .forEach(view -> missing.add(route.handler() + " → " + view));
        }
        assertThat(missing)
                .as("views without a template under src/main/resources/templates")
                .isEmpty();
    }

    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        handlerMapping.getHandlerMethods().forEach((info, handler) -> {
            List<String> answers = answers(handler, info);
            for (String pattern : info.getPatternValues()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    routes.add(new Route("ANY", pattern, name(handler), answers));
                }
                methods.forEach(m -> routes.add(new Route(m.name(), pattern, name(handler), answers)));
            }
        });
        routes.sort(Comparator.comparing(Route::pattern)
                .thenComparing(Route::method)
                .thenComparing(Route::handler));
        return routes;
    }

    private static String table(List<Route> routes) {
        StringBuilder out = new StringBuilder("""
                # Routes

                Generated by `RouteTableTest` from the running application's request mappings
                (`./mvnw test -Dtest=RouteTableTest -Dcchc.docs.write=true`); the build fails when this file no
                longer matches. One row per HTTP method and URL pattern. *Answers*: the templates a page renders
                (under `src/main/resources/templates`) and where it redirects, from every branch of the handler —
                a form's page with its errors as well as the redirect after a save; `*` is filled in at run time —,
                `JSON` for the API, `file` for downloads. Handlers are named below `vn.cchc.tracker`; who may call
                each endpoint is in `AuthorizationMatrixTest`.

                | method | URL | handler | answers |
                |---|---|---|---|
                """);
        for (Route route : routes) {
            out.append("| ")
                    .append(route.method())
                    .append(" | `")
                    .append(route.pattern())
                    .append('`')
                    .append(" | `")
                    .append(route.handler())
                    .append('`')
                    .append(" | ")
                    .append(String.join(
                            ", ",
                            route.answers().stream()
                                    .map(a -> a.equals("JSON") || a.equals("file") ? a : "`" + a + "`")
                                    .toList()))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static List<String> errorPages() {
        try (Stream<Path> files = Files.list(TEMPLATES.resolve("error"))) {
            List<String> pages = new ArrayList<>(
                    files.map(f -> "error/" + f.getFileName().toString().replace(".html", ""))
                            .sorted()
                            .toList());
            pages.add("error");
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isTemplate(String answer) {
        return !answer.equals("JSON") && !answer.equals("file") && !answer.startsWith("redirect:");
    }

    private static String name(HandlerMethod handler) {
        String type = handler.getBeanType().getName();
        return (type.startsWith(ROOT) ? type.substring(ROOT.length()) : type) + "#"
                + handler.getMethod().getName();
    }

    /** What the handler answers: its views, or JSON, or a file. */
    private static List<String> answers(HandlerMethod handler, RequestMappingInfo info) {
        String type = handler.getBeanType().getName();
        List<String> framework =
                FRAMEWORK_ANSWERS.get(type + "#" + handler.getMethod().getName());
        if (framework != null) {
            return framework;
        }
        Class<?> returned = handler.getMethod().getReturnType();
        boolean body = AnnotatedElementUtils.hasAnnotation(handler.getMethod(), ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
                || HttpEntity.class.isAssignableFrom(returned);
        if (body) {
            return List.of(isFile(handler, info) ? "file" : "JSON");
        }
        assertThat(returned)
                .as("%s returns the name of its view", name(handler))
                .isEqualTo(String.class);
        List<String> views = ViewNames.of(handler.getMethod());
        assertThat(views)
                .as("%s names its views as string constants it returns", name(handler))
                .isNotEmpty();
        return views;
    }

    /** Bytes, a resource or a stream, unless the mapping says it produces JSON. */
    private static boolean isFile(HandlerMethod handler, RequestMappingInfo info) {
        Set<MediaType> produces = info.getProducesCondition().getProducibleMediaTypes();
        if (produces.stream()
                .anyMatch(t -> t.isCompatibleWith(MediaType.APPLICATION_JSON) || "json".equals(t.getSubtypeSuffix()))) {
            return false;
        }
        ResolvableType type = ResolvableType.forMethodReturnType(handler.getMethod());
        if (HttpEntity.class.isAssignableFrom(type.toClass())) {
            type = type.as(HttpEntity.class).getGeneric(0);
        }
        Class<?> content = type.toClass();
        return content == byte[].class
                || Resource.class.isAssignableFrom(content)
                || StreamingResponseBody.class.isAssignableFrom(content);
    }

    /**
     * The view names a handler returns: string constants and string templates that go straight to its
     * {@code return}, following calls to methods of its own class whose result it returns. A value returned from
     * anywhere else (a variable, another class) is reported, so the table never silently misses a view.
     */
    static final class ViewNames extends ClassVisitor {

        private final Map<String, List<Object>> code = new HashMap<>();
        private final String owner;

        private ViewNames(String owner) {
            super(Opcodes.ASM9);
            this.owner = owner;
        }

        static List<String> of(Method method) {
            Class<?> type = method.getDeclaringClass();
            ViewNames names = new ViewNames(Type.getInternalName(type));
            try (InputStream in = type.getClassLoader().getResourceAsStream(names.owner + ".class")) {
                assertThat(in).as("class file of %s", type).isNotNull();
                new ClassReader(in).accept(names, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Set<String> views = new LinkedHashSet<>();
            names.collect(method.getName() + Type.getMethodDescriptor(method), views, new TreeSet<>());
            return new ArrayList<>(views);
        }

        @Override
        public MethodVisitor visitMethod(
                int access, String name, String descriptor, String signature, String[] exceptions) {
            List<Object> instructions = new ArrayList<>();
            code.put(name + descriptor, instructions);
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public void visitLabel(Label label) {
                    instructions.add(label);
                }

                @Override
                public void visitLdcInsn(Object value) {
                    instructions.add(value instanceof String s ? new Constant(s) : OTHER);
                }

                @Override
                public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... args) {
                    // "redirect:/documents/" + id compiles to a recipe with \1 where a value goes
                    instructions.add(
                            name.equals("makeConcatWithConstants")
                                            && args.length > 0
                                            && args[0] instanceof String recipe
                                    ? new Constant(recipe.replace('\u0001', '*'))
                                    : OTHER);
                }

                @Override
                public void visitMethodInsn(
                        int opcode, String owner, String name, String descriptor, boolean isInterface) {
                    instructions.add(new Call(owner, name + descriptor));
                }

                @Override
                public void visitJumpInsn(int opcode, Label label) {
                    instructions.add(opcode == Opcodes.GOTO ? new Goto(label) : OTHER);
                }

                @Override
                public void visitInsn(int opcode) {
                    instructions.add(opcode == Opcodes.ARETURN ? RETURN : OTHER);
                }

                @Override
                public void visitVarInsn(int opcode, int varIndex) {
                    instructions.add(OTHER);
                }

                @Override
                public void visitTypeInsn(int opcode, String type) {
                    instructions.add(OTHER);
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
                    instructions.add(OTHER);
                }

                @Override
                public void visitIntInsn(int opcode, int operand) {
                    instructions.add(OTHER);
                }

                @Override
                public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
                    instructions.add(OTHER);
                }

                @Override
                public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
                    instructions.add(OTHER);
                }
            };
        }

        private void collect(String method, Set<String> views, Set<String> visited) {
            if (!visited.add(method)) {
                return;
            }
            List<Object> instructions = code.get(method);
            assertThat(instructions).as("bytecode of %s.%s", owner, method).isNotNull();
            for (int i = 0; i < instructions.size(); i++) {
                // a value returned: right before a return, or before a jump to one (the branches of ?: and switch)
                boolean returned = instructions.get(i) == RETURN
                        || instructions.get(i) instanceof Goto jump
                                && next(instructions, instructions.indexOf(jump.target())) == RETURN;
                if (!returned) {
                    continue;
                }
                Object value = previous(instructions, i);
                if (value instanceof Constant constant) {
                    views.add(constant.text());
                } else if (value instanceof Call call && call.owner().equals(owner)) {
                    collect(call.method(), views, visited);
                } else {
                    throw new AssertionError(owner + "." + method + " returns a view that is not a string constant ("
                            + value + "): return the template's name, so the route table can show it");
                }
            }
        }

        /** The instruction before {@code index}, labels skipped. */
        private static Object previous(List<Object> instructions, int index) {
            for (int i = index - 1; i >= 0; i--) {
                if (!(instructions.get(i) instanceof Label)) {
                    return instructions.get(i);
                }
            }
            return OTHER;
        }

        /** The instruction after {@code index}, labels skipped. */
        private static Object next(List<Object> instructions, int index) {
            for (int i = index + 1; i < instructions.size(); i++) {
                if (!(instructions.get(i) instanceof Label)) {
                    return instructions.get(i);
                }
            }
            return OTHER;
        }

        private static final Object RETURN = "ARETURN";
        private static final Object OTHER = "another instruction";

        private record Constant(String text) {}

        private record Call(String owner, String method) {}

        private record Goto(Label target) {}
    }
}
