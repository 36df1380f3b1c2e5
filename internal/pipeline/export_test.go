package pipeline

// SharedDir is sharedDir for the tests of package pipeline_test.
var SharedDir = sharedDir
