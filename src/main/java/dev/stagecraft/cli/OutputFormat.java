package dev.stagecraft.cli;

/** Output for people ({@code text}) or for programs ({@code json}). Lower case as typed on the command line. */
enum OutputFormat {
    text, json
}
