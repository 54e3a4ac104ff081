# CCHC Tracker as a container image. Builds where Docker exists:  docker build -t cchc-tracker .
# (or with PostgreSQL beside it: docker compose up -d --build). Runs the prod profile; see README "Operations".

# 1. build: the Maven wrapper, tests skipped (they need PostgreSQL and Chromium: CI runs them)
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN chmod +x mvnw && ./mvnw -q -B dependency:go-offline
COPY src/ src/
RUN ./mvnw -q -B package -DskipTests \
    && cp target/cchc-tracker-*.jar /app.jar

# 2. unpack Boot's layers, so a code change rebuilds only the last, small layer
FROM eclipse-temurin:17-jdk AS layers
WORKDIR /layers
COPY --from=build /app.jar app.jar
RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

# 3. run: a JRE, an unprivileged user, the readiness endpoint as health check
FROM eclipse-temurin:17-jre
RUN groupadd --system cchc && useradd --system --gid cchc --home-dir /app --shell /usr/sbin/nologin cchc \
    && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=layers /layers/extracted/dependencies/ ./
COPY --from=layers /layers/extracted/spring-boot-loader/ ./
COPY --from=layers /layers/extracted/snapshot-dependencies/ ./
COPY --from=layers /layers/extracted/application/ ./
USER cchc
ENV SPRING_PROFILES_ACTIVE=prod \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=90s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
