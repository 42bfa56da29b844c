# The silo image: built from source in the SDK image, run by the ASP.NET runtime image as its
# non-root 'app' user (uid 1654). Writes nothing outside /tmp, so it runs with a read-only root
# filesystem (k8s/base mounts an emptyDir at /tmp). Build: docker build -t monitoring-silo .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files alone, so a code change does not repeat it.
COPY global.json Directory.Build.props Directory.Packages.props Monitoring.sln ./
COPY src/Monitoring.Abstractions/Monitoring.Abstractions.csproj src/Monitoring.Abstractions/
COPY src/Monitoring.Feeds/Monitoring.Feeds.csproj src/Monitoring.Feeds/
COPY src/Monitoring.Extraction/Monitoring.Extraction.csproj src/Monitoring.Extraction/
COPY src/Monitoring.Stories/Monitoring.Stories.csproj src/Monitoring.Stories/
COPY src/Monitoring.Storage/Monitoring.Storage.csproj src/Monitoring.Storage/
COPY src/Monitoring.Grains/Monitoring.Grains.csproj src/Monitoring.Grains/
COPY src/Monitoring.Silo/Monitoring.Silo.csproj src/Monitoring.Silo/
RUN dotnet restore src/Monitoring.Silo/Monitoring.Silo.csproj
COPY src/ src/
RUN dotnet publish src/Monitoring.Silo/Monitoring.Silo.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# No diagnostics IPC socket: nothing to write under a read-only root, nothing to attach to in production.
ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_EnableDiagnostics=0
EXPOSE 8080 11111 30000
USER $APP_UID
ENTRYPOINT ["dotnet", "Monitoring.Silo.dll"]
