package dev.leadscope.domain.port.in;

import dev.leadscope.domain.common.WorkspaceId;
import dev.leadscope.domain.report.ExplorationReport;
import dev.leadscope.domain.report.ReportWindow;

/**
 * Measures what routing by score gains: conversion of leads routed by score, of exploration leads and of the leads
 * held back, each lead counted by its first stored score (its tier when it arrived) within the window. Implementations
 * are thread-safe.
 */
public interface ExplorationReportUseCase {

    ExplorationReport report(WorkspaceId workspace, ReportWindow window);
}
