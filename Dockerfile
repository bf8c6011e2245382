# syntax=docker/dockerfile:1
# TriviaApi container: docker build -t trivia-api . && docker run -p 8080:8080 -v trivia-data:/data trivia-api

# ---- build ----
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore first, from the files that decide it, so the package layer is reused until they change.
# Only the app is restored and published; the tests run in CI (.ci/run), not in the image build.
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/TriviaApi/TriviaApi.csproj src/TriviaApi/packages.lock.json src/TriviaApi/
# For linux-x64 only: the image then carries the one native SQLite it runs, not every platform's. Locked: exactly
# the packages packages.lock.json names (its linux-x64 section comes from the csproj's RuntimeIdentifiers).
RUN dotnet restore src/TriviaApi/TriviaApi.csproj -r linux-x64 --locked-mode

# Then the sources and the seeds (the csproj copies ../../seeds/ beside the binaries as seeds/). The publish compiles
# the app and its packages ahead of time (ReadyToRun, the csproj's PublishReadyToRun; the restore above fetched the
# compiler for it), as benchmarks/run publishes what it measures.
COPY . .
RUN dotnet publish src/TriviaApi -c Release -r linux-x64 --self-contained false -o /app --no-restore -p:UseAppHost=false

# ---- runtime ----
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app

# The SQLite database lives in /data, owned by the image's non-root 'app' user (APP_UID, set by the base image).
# It is created and chowned before VOLUME, so a new named volume starts out writable by that user.
# (A bind-mounted host folder keeps its host ownership: it must be writable by uid 1654.)
RUN mkdir -p /data && chown "$APP_UID:$APP_UID" /data

ENV ASPNETCORE_HTTP_PORTS=8080 \
    ConnectionStrings__Trivia="Data Source=/data/trivia.db" \
    DataProtection__KeysPath=/data/keys

COPY --from=build /app .

USER $APP_UID
EXPOSE 8080
VOLUME ["/data"]

# The check asks the first port of ASPNETCORE_HTTP_PORTS, so it follows a port set at `docker run -e`.
# No curl in the aspnet image, so the check speaks HTTP over bash's /dev/tcp: bash is in the default (Ubuntu-based)
# aspnet:10.0 image, but not in the -chiseled or -alpine variants; drop this check if the base image changes to one.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["bash", "-c", "port=${ASPNETCORE_HTTP_PORTS%%[,;]*}; exec 3<>/dev/tcp/127.0.0.1/${port:-8080} && printf 'GET /health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -qx Healthy <&3"]

# On start the app applies the migrations and, while the database holds no facts, imports /app/seeds.
ENTRYPOINT ["dotnet", "TriviaApi.dll"]
