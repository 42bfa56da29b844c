global using Monitoring.Abstractions;
global using Orleans;
