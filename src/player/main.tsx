import { render } from 'preact';
import course from 'virtual:wachsam/course';
import { App } from './components/App.tsx';
import { startLoadingRouteContent } from './content/startLoadingRouteContent.ts';
import './styles.css';

// Ask for the lesson text of a deep link before the first render, so it loads while Preact renders.
startLoadingRouteContent(course);
render(<App course={course} />, document.getElementById('app')!);
