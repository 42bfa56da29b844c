using Orleans;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace Monitoring.Storage;

/// <summary>
/// Grain storage over <see cref="IGrainStateStore"/>, encoding state with the Orleans
/// serializer: stable field ids, no type names, so state classes can be renamed safely.
/// </summary>
public sealed class SerializedGrainStorage(IGrainStateStore store, Serializer serializer) : IGrainStorage
{
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var stored = await store.ReadAsync(stateName, grainId.ToString());
        if (stored is null)
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }
        // Known before decoding: a record that cannot be decoded can still be cleared under its ETag.
        grainState.ETag = stored.ETag;
        grainState.RecordExists = true;
        try
        {
            grainState.State = serializer.Deserialize<T>(stored.Data);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new UnreadableStateException($"the stored {stateName} state of {grainId} cannot be read ({e.Message})", e);
        }
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var data = serializer.SerializeToArray(grainState.State);
        try
        {
            grainState.ETag = await store.WriteAsync(stateName, grainId.ToString(), data, grainState.ETag);
            grainState.RecordExists = true;
        }
        catch (StateConflictException e)
        {
            // Orleans deactivates the grain on this exception so the next call reads fresh state.
            throw new InconsistentStateException(e.Message, grainState.ETag, null, e);
        }
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        try
        {
            await store.ClearAsync(stateName, grainId.ToString(), grainState.ETag);
        }
        catch (StateConflictException e)
        {
            throw new InconsistentStateException(e.Message, grainState.ETag, null, e);
        }
        grainState.ETag = null;
        grainState.RecordExists = false;
        grainState.State = Activator.CreateInstance<T>();
    }
}
