# syntax=docker/dockerfile:1.20
# The marketplace web node. Build:  docker build -t marketplace-web .
# Run (embedded SQLite + Lucene):    docker run -p 8080:8080 -v marketplace-data:/data marketplace-web
# The scaled-out deployment (PostgreSQL, Elasticsearch) is compose.yaml.
# The .NET 10 images are Ubuntu 24.04 "noble" (there are no Debian .NET 10 images); the runtime
# image carries ICU (libicu74) and tzdata, which vi-VN formatting and Asia/Ho_Chi_Minh need.
# "COPY --parents" is generally available from Dockerfile syntax 1.20, hence the line above.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore from the project files alone, so this layer is reused until a package or project changes.
COPY Directory.Build.props Directory.Packages.props global.json ./
COPY .config/ .config/
COPY --parents src/*/*.csproj themes/*/*.csproj ./
RUN dotnet restore src/Marketplace.Web/Marketplace.Web.csproj

COPY . .
RUN dotnet publish src/Marketplace.Web/Marketplace.Web.csproj -c Release -o /app --no-restore -p:UseAppHost=false


FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app

# The image's non-root user "app" ($APP_UID = 1654) owns the data folder: SQLite file, Lucene
# index, uploaded media, e-mail pickup. Ownership is set before VOLUME so a new volume inherits it.
RUN mkdir /data && chown "$APP_UID:$APP_UID" /data
VOLUME /data

# MALLOC_ARENA_MAX=2: glibc otherwise keeps a memory pool per thread that libvips encodes on; measured with the
# thumbnails benchmark, peak extra memory for a 12-megapixel upload drops from about 150 MB to about 80 MB.
ENV Marketplace__DataPath=/data \
    ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false \
    MALLOC_ARENA_MAX=2

COPY --from=build /app ./

USER $APP_UID
EXPOSE 8080

# The aspnet image has neither curl nor wget; bash's /dev/tcp sends one HTTP/1.0 request to /health
# (which answers 200 only when the database and the search engine answer) and checks the status line.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/${ASPNETCORE_HTTP_PORTS%%[;,]*} && printf "GET /health HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && head -n 1 <&3 | grep -q " 200 "'

ENTRYPOINT ["dotnet", "Marketplace.Web.dll"]
