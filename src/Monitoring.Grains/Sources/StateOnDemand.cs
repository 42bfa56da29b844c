using System.Diagnostics.CodeAnalysis;
using Monitoring.Storage;
using Orleans.Runtime;
using Orleans.Storage;

namespace Monitoring.Grains.Sources;

/// <summary>
/// A grain's stored state, read when first needed instead of at activation: most polls of a source are answered
/// 304 and need none of it (the validators are on its catalog row), so an activation for such a poll reads one
/// row, not two. Writing state that was never read would overwrite what is stored, so it refuses; clearing reads first
/// (and clears state that cannot be decoded too).
/// </summary>
internal sealed class StateOnDemand<T>(IGrainStorage storage, string name, GrainId grainId)
    where T : new()
{
    private readonly Stored _stored = new();

    public bool IsRead { get; private set; }

    /// <summary>The state as read; only after <see cref="ReadAsync"/>.</summary>
    public T State => IsRead ? _stored.State : throw new InvalidOperationException($"the {name} state of {grainId} was not read");

    public async ValueTask<T> ReadAsync()
    {
        if (!IsRead)
        {
            await storage.ReadStateAsync(name, grainId, _stored);
            IsRead = true;
        }
        return _stored.State;
    }

    public Task WriteAsync() =>
        IsRead ? storage.WriteStateAsync(name, grainId, _stored) : throw new InvalidOperationException($"the {name} state of {grainId} was not read");

    /// <summary>Clears the stored state if there is any; either way the state is empty afterwards.</summary>
    public async Task ClearAsync()
    {
        try
        {
            await ReadAsync();
        }
        catch (UnreadableStateException)
        {
            // Its ETag was read all the same: what cannot be decoded can still be removed.
        }
        if (_stored.RecordExists)
        {
            await storage.ClearStateAsync(name, grainId, _stored);
        }
        else
        {
            _stored.State = new();
        }
        IsRead = true;
    }

    private sealed class Stored : IGrainState<T>
    {
        private T _state = new();

        [AllowNull]
        public T State
        {
            get => _state;
            set => _state = value ?? new();
        }

        public string? ETag { get; set; }

        public bool RecordExists { get; set; }
    }
}
