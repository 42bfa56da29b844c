namespace Monitoring.Extraction.Actors;

/// <summary>An entity named in a sentence: tokens [<see cref="First"/>, <see cref="End"/>) and the words as written.</summary>
public sealed record Mention(int First, int End, Entity Entity, FormRole Role, string Surface);
