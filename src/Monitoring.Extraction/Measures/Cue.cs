namespace Monitoring.Extraction.Measures;

/// <summary>Words of a sentence that name a measure: tokens [<see cref="First"/>, <see cref="End"/>).</summary>
public readonly record struct Cue(string Type, int First, int End);
